package dev.azsm.testkit;

import dev.azsm.client.AgentClient;
import dev.azsm.client.JobRunCanceledException;
import dev.azsm.client.JobRunListener;
import java.time.Duration;
import java.util.List;
import org.mockito.stubbing.Answer;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;

/**
 * Mockito helpers: failures as production decodes them, in one line.
 *
 * <pre>{@code
 * when(storage.claim(any())).thenAnswer(AzsmMockito.failWith(JobFailureScenarios.targetLeaseExpired()));
 * AgentClient client = AzsmMockito.failingClient(JobFailureScenarios.forCode("AZSM1024"));
 * }</pre>
 */
public final class AzsmMockito {

    private AzsmMockito() {
    }

    /**
     * Returns an answer that throws the scenario's exception, decoded from the service's JSON as
     * production decodes it (a new exception per call).
     *
     * @param scenario a failing scenario
     * @param <T>      the answered type
     * @return the answer
     */
    public static <T> Answer<T> failWith(Scenario scenario) {
        return invocation -> {
            throw scenario.exception();
        };
    }

    /**
     * Returns a mock {@link AgentClient} that plays a scenario: {@code startJob} returns
     * {@link Scenario#EXAMPLE_RUN_ID}, {@code getJobRun} and {@code listJobRuns} return the run at its
     * end, and {@code awaitJobRun} throws the scenario's exception (or returns the run if it
     * succeeds). Stubs are lenient, so unused ones do not fail strict tests.
     *
     * @param scenario the scenario
     * @return the mock
     */
    public static AgentClient failingClient(Scenario scenario) {
        AgentClient client = mock(AgentClient.class);
        String runId = Scenario.EXAMPLE_RUN_ID;
        lenient().when(client.startJob(anyString())).thenReturn(runId);
        lenient().when(client.getJobRun(anyString())).thenAnswer(i -> scenario.jobRun(i.getArgument(0)));
        lenient().when(client.listJobRuns(anyString())).thenAnswer(i -> List.of(scenario.jobRun(runId)));
        Answer<Object> await = i -> {
            String id = i.getArgument(0);
            if (scenario.outcome().equals("Succeeded")) {
                return scenario.jobRun(id);
            }
            if (scenario.outcome().equals("Canceled")) {
                throw new JobRunCanceledException(scenario.jobRun(id));
            }
            throw scenario.exception(id);
        };
        lenient().when(client.awaitJobRun(anyString(), any(Duration.class))).thenAnswer(await);
        lenient().when(client.awaitJobRun(anyString(), any(Duration.class), any(JobRunListener.class))).thenAnswer(await);
        return client;
    }
}
