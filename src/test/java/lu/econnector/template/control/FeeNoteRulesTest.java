package lu.econnector.template.control;

import static lu.econnector.template.control.TemplateSamples.act;
import static lu.econnector.template.control.TemplateSamples.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lu.econnector.platform.FieldError;
import org.junit.jupiter.api.Test;

/** The rules of {@code mh} and {@code pid} that their schemas cannot state (docs/templates/README.md). */
class FeeNoteRulesTest {

    @Test
    void aTotalAmountOtherThanTheSumOfTheActsIsRefused() {
        ObjectNode mh = TemplateSamples.mh();
        mh.put("totalAmount", "52.51");

        assertThat(violationsOf("mh", mh))
                .containsExactly(new FieldError("/totalAmount", "must equal the sum of the acts' amount"));
    }

    @Test
    void amountsAreAddedExactlyInDecimal() {
        // 0.10 + 0.20 is 0.30000000000000004 in binary floating point.
        ObjectNode mh = TemplateSamples.mh();
        act(mh, 0).put("amount", "0.10");
        mh.withArray("/acts").add(act(mh, 0).deepCopy().put("amount", "0.20"));
        mh.put("totalAmount", "0.30");

        assertThatCode(() -> new TemplateDataValidator().validate(TemplateSamples.bundled("mh"), mh.toString())).doesNotThrowAnyException();
    }

    @Test
    void aPidActWhoseSharesDoNotAddUpToItsAmountIsRefused() {
        ObjectNode pid = TemplateSamples.pid();
        act(pid, 1).put("insurerShare", "70.40");
        pid.put("totalInsurerShare", "116.60");

        assertThat(violationsOf("pid", pid))
                .containsExactly(new FieldError("/acts/1/amount", "must equal insurerShare + patientShare"));
    }

    @Test
    void pidShareTotalsOtherThanTheSumsOfTheSharesAreRefused() {
        ObjectNode pid = TemplateSamples.pid();
        pid.put("totalInsurerShare", "100.00");
        pid.put("totalPatientShare", "32.60");

        assertThat(violationsOf("pid", pid)).containsExactly(
                new FieldError("/totalInsurerShare", "must equal the sum of the acts' insurerShare"),
                new FieldError("/totalPatientShare", "must equal the sum of the acts' patientShare"));
    }

    @Test
    void anActDatedAfterTheIssueDateIsRefused() {
        ObjectNode pid = TemplateSamples.pid();
        act(pid, 1).put("date", "2026-11-28");

        assertThat(violationsOf("pid", pid))
                .containsExactly(new FieldError("/acts/1/date", "must not be after issueDate"));
    }

    @Test
    void theTotalIsNotCheckedAgainstAnActTheSchemaRefused() {
        ObjectNode mh = TemplateSamples.mh();
        act(mh, 0).put("amount", "52.5");

        assertThat(violationsOf("mh", mh)).extracting(FieldError::field).containsExactly("/acts/0/amount");
    }
}
