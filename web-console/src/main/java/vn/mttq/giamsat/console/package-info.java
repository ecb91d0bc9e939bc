/**
 * The web console (Bảng điều khiển): a backend-for-frontend that owns no business data;
 * one package per group of screens, and the platform packages {@code signin},
 * {@code session}, {@code service} and {@code web}.
 */
package vn.mttq.giamsat.console;
