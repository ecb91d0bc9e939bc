/**
 * The agency's contact settings (Liên hệ): the e-mails notices go to, the language, and
 * the webhook with its secret, shown once when the console makes a new one.
 */
package vn.mttq.giamsat.console.agency.contacts;
