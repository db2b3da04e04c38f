package io.potok.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ApprovalRoundTests {

    @Test
    void anyOneApprovalPassesStep() {
        ApprovalRound round = round(StepAssignment.Mode.ANY_ONE, 1L, 2L);

        assertThat(round.approve(2L)).isEqualTo(ApprovalRound.Outcome.PASSED);
    }

    @Test
    void allOfWaitsForEveryApproval() {
        ApprovalRound round = round(StepAssignment.Mode.ALL_OF, 1L, 2L);

        assertThat(round.approve(1L)).isEqualTo(ApprovalRound.Outcome.WAITING);
        assertThat(round.approve(2L)).isEqualTo(ApprovalRound.Outcome.PASSED);
    }

    @Test
    void oneRejectionRejectsParallelApproval() {
        ApprovalRound round = round(StepAssignment.Mode.ALL_OF, 1L, 2L);
        round.approve(1L);

        assertThat(round.reject(2L)).isEqualTo(ApprovalRound.Outcome.REJECTED);
    }

    @Test
    void memberWhoAlreadyAnsweredCannotAnswerAgain() {
        ApprovalRound round = round(StepAssignment.Mode.ALL_OF, 1L, 2L);
        round.approve(1L);

        assertThat(round.isWaitingFor(1L)).isFalse();
        assertThatThrownBy(() -> round.approve(1L)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> round.approve(3L)).isInstanceOf(IllegalStateException.class);
    }

    private static ApprovalRound round(StepAssignment.Mode mode, Long... members) {
        Map<Long, ApprovalChoice> choices = new LinkedHashMap<>();
        for (Long member : members) {
            choices.put(member, ApprovalChoice.WAITING);
        }
        return new ApprovalRound(1, mode, choices);
    }
}
