package vn.mttq.giamsat.supervision.organisation;

/**
 * The outcome of a PUT of a unit or an organisation.
 *
 * @param <T> the stored type
 * @param value what is stored now
 * @param created whether it did not exist before
 */
record Put<T>(T value, boolean created) {
}
