package vn.mttq.giamsat.console.agency.inbox;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.mttq.giamsat.console.service.ServiceProblem;
import vn.mttq.giamsat.console.service.ServiceUnavailable;
import vn.mttq.giamsat.console.signin.Role;
import vn.mttq.giamsat.console.signin.SignedInUser;
import vn.mttq.giamsat.console.signin.SignedInUserResolver;

/**
 * The agency's unread count beside "Hộp thư" in the nav ({@code unreadCount}), on every
 * page an agency officer opens; nothing when notification-service cannot say, so the page
 * renders all the same.
 */
@ControllerAdvice
class UnreadNotices {

	private final SignedInUserResolver users;

	private final ObjectProvider<InboxClient> inbox;

	UnreadNotices(SignedInUserResolver users, ObjectProvider<InboxClient> inbox) {
		this.users = users;
		this.inbox = inbox;
	}

	@ModelAttribute("unreadCount")
	Long unreadCount() {
		SignedInUser user = this.users.current();
		InboxClient client = this.inbox.getIfAvailable();
		if (user == null || !user.is(Role.AGENCY_OFFICER) || client == null) {
			return null;
		}
		try {
			return client.unreadCount(user.organisationId());
		}
		catch (ServiceUnavailable | ServiceProblem ex) {
			return null;
		}
	}

}
