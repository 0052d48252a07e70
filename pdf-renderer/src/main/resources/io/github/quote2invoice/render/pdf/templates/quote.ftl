<#-- Default quote template, with the acceptance block. Data model: docs/pdf.md. -->
<#import "layout.ftl" as ui>
<#assign facts = [
  {"label": labels.number, "value": doc.number + (doc.revision > 0)?then(" (rév. " + doc.revision + ")", "")},
  {"label": labels.issueDate, "value": doc.issueDate},
  {"label": labels.validUntil, "value": doc.validUntil}]>
<@ui.page title="${doc.title} ${doc.number}">
<@ui.header facts/>
<@ui.parties/>
<@ui.lineTable/>
<@ui.summary dueLabel=labels["totals.taxInclusive"] showGross=false/>
<@ui.textSection title=labels["terms.title"] paragraphs=terms.lines/>
<@ui.textSection title=labels.notes paragraphs=notes/>
<div class="accept">
  <h2 class="accept-title">${labels["acceptance.title"]}</h2>
  <div class="small">${labels["acceptance.text"]}</div>
  <#list acceptances as a><div><b>${a}</b></div></#list>
  <table class="accept-grid"><tr>
    <td class="accept-cell">
      <div class="label">${labels["acceptance.date"]}</div><div class="field"></div>
      <div class="label gap">${labels["acceptance.place"]}</div><div class="field"></div>
      <div class="label gap">${labels["acceptance.name"]}</div><div class="field"></div>
    </td>
    <td class="accept-cell">
      <div class="label">${labels["acceptance.signature"]}</div><div class="signature"></div>
    </td>
  </tr></table>
</div>
</@ui.page>
