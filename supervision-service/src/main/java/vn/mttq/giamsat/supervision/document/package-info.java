/**
 * The papers an activity keeps: the signed and stamped scans of its letters, its minutes
 * and conclusions, stored in the platform's document store under the activity and shown
 * to an agency only when they came with a letter addressed or copied to it.
 */
package vn.mttq.giamsat.supervision.document;
