/**
 * The console's front door: {@code /} sends each person to their role's home page.
 */
package vn.mttq.giamsat.console.home;
