package vn.mttq.giamsat.notification.message;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.mttq.giamsat.support.domain.ResourceNotFoundException;
import vn.mttq.giamsat.support.security.Actor;
import vn.mttq.giamsat.support.security.Rules;
import vn.mttq.giamsat.support.web.openapi.Responds;

/**
 * The HTTP API of the message templates, for administrators.
 */
@RestController
@Tag(name = "Templates", description = "The wording of notifications, per language (vi, en)")
class TemplateController {

	private final TemplateManagement management;

	private final MessageTemplates templates;

	TemplateController(TemplateManagement management, MessageTemplates templates) {
		this.management = management;
		this.templates = templates;
	}

	@GetMapping("/api/v1/templates/{language}")
	@PreAuthorize(Rules.ADMIN)
	@Operation(summary = "List the templates of a language (vi or en), with the shipped text beside each, then "
			+ "the wordings saved for a kind of notice no longer sent (inUse false, replacedBy the key used instead)")
	List<TemplateView> list(@PathVariable @Size(max = 10) String language) {
		return this.management.list(language(language), this.templates);
	}

	@PutMapping("/api/v1/templates/{language}/{key}")
	@PreAuthorize(Rules.ADMIN)
	@Operation(summary = "Reword a template of a kind of notice that is sent; placeholders must be ones the "
			+ "template knows, such as {letterNumber}")
	TemplateView set(@PathVariable @Size(max = 10) String language,
			@PathVariable @Size(max = 80) @TemplateKey String key, @Valid @RequestBody TemplateRequest request,
			@Parameter(hidden = true) Actor actor) {
		return this.management.set(language(language), key, request.text(), actor, this.templates);
	}

	@DeleteMapping("/api/v1/templates/{language}/{key}")
	@PreAuthorize(Rules.ADMIN)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Responds(status = HttpStatus.NO_CONTENT)
	@Operation(summary = "Go back to the shipped wording of a template, or delete a wording no notice uses")
	void reset(@PathVariable @Size(max = 10) String language, @PathVariable @Size(max = 80) String key) {
		this.management.reset(language(language), key, this.templates);
	}

	private static Language language(String tag) {
		for (Language language : Language.values()) {
			if (language.name().equals(tag.toUpperCase(Locale.ROOT))) {
				return language;
			}
		}
		throw new ResourceNotFoundException("Language", tag);
	}

	/**
	 * A new wording.
	 *
	 * @param text the text, with {@code {placeholders}}
	 */
	record TemplateRequest(@NotBlank @Size(max = 2000) @TemplateWording String text) {
	}

}
