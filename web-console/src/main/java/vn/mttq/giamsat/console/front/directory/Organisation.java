package vn.mttq.giamsat.console.front.directory;

/**
 * An organisation of the directory.
 *
 * @param id its id
 * @param name its name
 * @param kind FRONT_COMMITTEE, PEOPLES_COMMITTEE, DEPARTMENT, ...
 * @param level CENTRAL, PROVINCE, DISTRICT or COMMUNE
 * @param parentId its superior, if any
 */
public record Organisation(String id, String name, String kind, String level, String parentId) {

}
