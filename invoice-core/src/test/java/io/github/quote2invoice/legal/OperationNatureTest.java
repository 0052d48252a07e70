package io.github.quote2invoice.legal;

import io.github.quote2invoice.document.LineNature;
import io.github.quote2invoice.invoice.BillingFramework;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.tax.VatRate;
import io.github.quote2invoice.testing.DraftInvoices;
import io.github.quote2invoice.testing.Samples;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.quote2invoice.testing.DraftInvoices.line;
import static org.assertj.core.api.Assertions.assertThat;

/** Nature of the operations and BT-23 (French CTC billing framework: B/S/M, 1 ordinary, 4 final after deposits). */
class OperationNatureTest {
    @Test
    void natureAndBillingFramework() {
        var goods = line("1", "1", "10.00", VatRate.standard("20"), LineNature.GOODS);
        var services = line("2", "1", "10.00", VatRate.standard("20"), LineNature.SERVICES);
        assertThat(OperationNature.of(List.of(goods))).isEqualTo(OperationNature.GOODS);
        assertThat(OperationNature.of(List.of(services))).isEqualTo(OperationNature.SERVICES);
        assertThat(OperationNature.of(List.of(goods, services))).isEqualTo(OperationNature.MIXED);
        assertThat(OperationNature.GOODS.billingFramework(false)).isEqualTo(BillingFramework.B1);
        assertThat(OperationNature.SERVICES.billingFramework(true)).isEqualTo(BillingFramework.S4);
        assertThat(OperationNature.MIXED.billingFramework(true)).isEqualTo(BillingFramework.M4);
    }

    @Test
    void byPartiesDelegatesPerInvoice() {
        LegalRuleSet auto = LegalRuleSets.byParties();
        assertThat(auto.jurisdiction()).isEqualTo("AUTO");
        Invoice french = DraftInvoices.frenchB2b().build();
        assertThat(auto.mentions(french, LegalOptions.NONE)).isEqualTo(LegalRuleSets.france().mentions(french, LegalOptions.NONE));
        Invoice german = french.toBuilder().seller(Samples.belgianBuyer()).buyer(Samples.buyer()).build();
        assertThat(auto.check(german, LegalOptions.NONE)).isEqualTo(LegalRuleSets.eu().check(german, LegalOptions.NONE));
    }
}
