/**
 * What the end-to-end tests and the benchmark share: a service run from its executable
 * jar as its own process, and a plain HTTP client of the services' API.
 */
package vn.mttq.giamsat.testfixtures;
