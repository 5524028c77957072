package crosscheck; public class CrossCheck { public static void main(String[] a){} }
