/**
 * The parties' files: uploads streamed into MongoDB GridFS with their type checked by
 * their bytes, their SHA-256 and their limits; downloads only through what they belong
 * to; an administrator's purge that keeps the record.
 */
package vn.mttq.giamsat.support.document;
