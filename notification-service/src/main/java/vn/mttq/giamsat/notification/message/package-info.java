/**
 * Messages rendered from templates, in Vietnamese (the default) and English, with the
 * item's content, its due date and how it was reached, and a link to it.
 */
package vn.mttq.giamsat.notification.message;
