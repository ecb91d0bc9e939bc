package vn.mttq.giamsat.console.monitor;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every monitor's page shows its figures with: {@code figures}
 * ({@link MonitorFigures}).
 */
@ControllerAdvice(basePackageClasses = MonitorModel.class)
class MonitorModel {

	@ModelAttribute("figures")
	MonitorFigures figures() {
		return MonitorFigures.INSTANCE;
	}

}
