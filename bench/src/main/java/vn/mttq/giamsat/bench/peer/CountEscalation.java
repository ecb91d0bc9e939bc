package vn.mttq.giamsat.bench.peer;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;

/**
 * The escalation step of the peer's process: records when each item was first escalated.
 */
public class CountEscalation implements JavaDelegate {

	static final Map<String, Long> ESCALATED = new ConcurrentHashMap<>();

	@Override
	public void execute(DelegateExecution execution) {
		ESCALATED.putIfAbsent(execution.getProcessInstanceId(), System.currentTimeMillis());
	}

}
