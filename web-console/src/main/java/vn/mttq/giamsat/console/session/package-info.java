/**
 * The console's sessions, kept in MongoDB (collection {@code console_sessions}) so that a
 * restart or another instance keeps people signed in; see
 * docs/decisions/0009-console-sign-in-store.md.
 */
package vn.mttq.giamsat.console.session;
