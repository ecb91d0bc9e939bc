package vn.mttq.giamsat.console.agency.recommendation;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.multipart.MultipartFile;

/**
 * The answer form: the step to take, a note, the reply and evidence to upload, and what
 * the page kept on its own (the version shown, files already uploaded by an attempt that
 * was refused). Nobody is asked for a version: the console sends the one it showed.
 */
public class AnswerForm {

	private String action;

	private String note;

	private Long version;

	private MultipartFile reply;

	private MultipartFile evidence;

	private List<String> uploaded = new ArrayList<>();

	private List<String> uploadedNames = new ArrayList<>();

	/** A blank form for the item at this version. */
	static AnswerForm blank(Long version) {
		AnswerForm form = new AnswerForm();
		form.version = version;
		return form;
	}

	/** Keeps a file uploaded by this attempt, so that another attempt names it again. */
	void uploaded(String documentId, String name) {
		this.uploaded.add(documentId);
		this.uploadedNames.add(name);
	}

	public String getAction() {
		return this.action;
	}

	public void setAction(String action) {
		this.action = action;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public MultipartFile getReply() {
		return this.reply;
	}

	public void setReply(MultipartFile reply) {
		this.reply = reply;
	}

	public MultipartFile getEvidence() {
		return this.evidence;
	}

	public void setEvidence(MultipartFile evidence) {
		this.evidence = evidence;
	}

	public List<String> getUploaded() {
		return this.uploaded;
	}

	public void setUploaded(List<String> uploaded) {
		this.uploaded = (uploaded != null) ? new ArrayList<>(uploaded) : new ArrayList<>();
	}

	public List<String> getUploadedNames() {
		return this.uploadedNames;
	}

	public void setUploadedNames(List<String> uploadedNames) {
		this.uploadedNames = (uploadedNames != null) ? new ArrayList<>(uploadedNames) : new ArrayList<>();
	}

}
