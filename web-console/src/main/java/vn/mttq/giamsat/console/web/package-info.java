/**
 * What every page shares: the layout's model (the person, the language), the language
 * switch, the assets with content-hashed URLs, date formats, form problems and the error
 * pages.
 */
package vn.mttq.giamsat.console.web;
