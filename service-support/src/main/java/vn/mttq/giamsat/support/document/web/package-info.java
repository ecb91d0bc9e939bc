/**
 * The HTTP side of the document store, shared by the services: an upload endpoint's
 * {@code MultipartFile} made a {@code NewDocument}, a download answered with its type,
 * length, digest and a safe file name, and one view of a document for every API.
 */
package vn.mttq.giamsat.support.document.web;
