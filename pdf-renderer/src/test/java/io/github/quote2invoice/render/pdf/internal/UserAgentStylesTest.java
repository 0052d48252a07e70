package io.github.quote2invoice.render.pdf.internal;

import com.openhtmltopdf.css.parser.CSSParser;
import com.openhtmltopdf.css.sheet.Stylesheet;
import com.openhtmltopdf.css.sheet.StylesheetInfo;
import org.junit.jupiter.api.Test;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The user-agent sheet still leaves out exactly one rule: fails when an upgrade takes the saving away. */
class UserAgentStylesTest {
    @Test
    void onlyTheRuleForRowsStraightInATableIsLeftOut() throws Exception {
        assertThat(UserAgentStyles.leftOutRowsInTable()).isTrue();
        Stylesheet whole;
        try (Reader in = new InputStreamReader(getClass().getResourceAsStream("/resources/css/XhtmlNamespaceHandler.css"),
                StandardCharsets.UTF_8)) {
            whole = new CSSParser((uri, message) -> { }).parseStylesheet("ua", StylesheetInfo.USER_AGENT, in);
        }
        Stylesheet kept = UserAgentStyles.sheet().getStylesheet();
        assertThat(kept.getContents()).hasSize(whole.getContents().size() - 1);
        assertThat(UserAgentStyles.sheet().getOrigin()).isEqualTo(StylesheetInfo.USER_AGENT);
    }
}
