package vn.mttq.giamsat.console.front.activity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.StringUtils;

/**
 * An activity as typed; the agencies it supervises are chosen by searching the directory
 * and ticking them (the search re-renders the form, keeping what was typed). A form
 * binding target, hence mutable.
 */
public class ActivityForm {

	private String kind = "SUPERVISION";

	private String form;

	private String level;

	private String supervisingBodyId;

	private List<String> supervisedAgencyIds = new ArrayList<>();

	private String agencyQuery;

	private String title;

	private String startDate;

	private String endDate;

	/** The request supervision-service reads; the form only for a supervision. */
	Map<String, Object> toRequest() {
		Map<String, Object> activity = new LinkedHashMap<>();
		activity.put("kind", strip(this.kind));
		activity.put("form", "SUPERVISION".equals(this.kind) ? strip(this.form) : null);
		activity.put("level", strip(this.level));
		activity.put("supervisingBodyId", strip(this.supervisingBodyId));
		activity.put("supervisedAgencyIds", this.supervisedAgencyIds);
		activity.put("title", strip(this.title));
		activity.put("startDate", strip(this.startDate));
		activity.put("endDate", strip(this.endDate));
		return activity;
	}

	private static String strip(String value) {
		return StringUtils.hasText(value) ? value.strip() : null;
	}

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getForm() {
		return this.form;
	}

	public void setForm(String form) {
		this.form = form;
	}

	public String getLevel() {
		return this.level;
	}

	public void setLevel(String level) {
		this.level = level;
	}

	public String getSupervisingBodyId() {
		return this.supervisingBodyId;
	}

	public void setSupervisingBodyId(String supervisingBodyId) {
		this.supervisingBodyId = supervisingBodyId;
	}

	public List<String> getSupervisedAgencyIds() {
		return this.supervisedAgencyIds;
	}

	public void setSupervisedAgencyIds(List<String> supervisedAgencyIds) {
		this.supervisedAgencyIds = (supervisedAgencyIds != null)
				? new ArrayList<>(supervisedAgencyIds.stream().filter(StringUtils::hasText).distinct().toList())
				: new ArrayList<>();
	}

	public String getAgencyQuery() {
		return this.agencyQuery;
	}

	public void setAgencyQuery(String agencyQuery) {
		this.agencyQuery = agencyQuery;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getStartDate() {
		return this.startDate;
	}

	public void setStartDate(String startDate) {
		this.startDate = startDate;
	}

	public String getEndDate() {
		return this.endDate;
	}

	public void setEndDate(String endDate) {
		this.endDate = endDate;
	}

}
