/**
 * Checks of a request's fields that say what is wrong as a phrase, in the request's
 * language, within the ordinary validation problem.
 */
package vn.mttq.giamsat.notification.validation;
