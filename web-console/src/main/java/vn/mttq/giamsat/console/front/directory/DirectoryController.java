package vn.mttq.giamsat.console.front.directory;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The directory: organisations found by their name as people type it ("muong phang" finds
 * "Mường Phăng"), with their kind and level in words.
 */
@Controller
@PreAuthorize("hasRole('FRONT_OFFICIAL')")
class DirectoryController {

	private static final int SIZE = 50;

	private final DirectoryClient directory;

	DirectoryController(DirectoryClient directory) {
		this.directory = directory;
	}

	@GetMapping("/mat-tran/danh-ba")
	String search(@RequestParam(required = false) String q, Model model) {
		String query = StringUtils.hasText(q) ? q.strip() : "";
		List<Organisation> found = query.isEmpty() ? List.of() : this.directory.search(query, SIZE).content();
		model.addAttribute("page", new DirectoryPage(query, found));
		return "front/directory";
	}

	/**
	 * The search and what it found.
	 *
	 * @param query what was typed
	 * @param organisations what it found
	 */
	record DirectoryPage(String query, List<Organisation> organisations) {

	}

}
