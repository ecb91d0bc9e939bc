/**
 * Legal bases as reference data (Decisions 217 and 218-QĐ/TW, Law 75/2015 as amended by
 * 97/2025, Joint Resolution 403/2017, Law 10/2022...), kept by administrators.
 */
package vn.mttq.giamsat.supervision.legalbasis;
