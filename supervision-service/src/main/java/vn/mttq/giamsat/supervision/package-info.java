/**
 * supervision-service: activities (giám sát, phản biện xã hội, góp ý, đối thoại) and the
 * recommendation letters (văn bản kiến nghị) they end in.
 */
package vn.mttq.giamsat.supervision;
