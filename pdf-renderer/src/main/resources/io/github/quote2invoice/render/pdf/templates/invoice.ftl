<#-- Default invoice and credit note template. Data model: docs/pdf.md. -->
<#import "layout.ftl" as ui>
<#assign facts = []>
<#if doc.number?has_content><#assign facts = facts + [{"label": labels.number, "value": doc.number}]></#if>
<#if doc.issueDate?has_content><#assign facts = facts + [{"label": labels.issueDate, "value": doc.issueDate}]></#if>
<#if doc.deliveryDate?has_content><#assign facts = facts + [{"label": labels.deliveryDate, "value": doc.deliveryDate}]></#if>
<#if doc.servicePeriod?has_content><#assign facts = facts + [{"label": labels.servicePeriod, "value": doc.servicePeriod}]></#if>
<#if doc.dueDate?has_content && !doc.creditNote><#assign facts = facts + [{"label": labels.dueDate, "value": doc.dueDate}]></#if>
<@ui.page title="${doc.title} ${doc.number}">
<@ui.header facts/>
<@ui.parties/>
<#if creditReason?has_content><p><b>${labels.creditReason}${labels.colon}</b> ${creditReason}</p></#if>
<@ui.lineTable/>
<@ui.summary dueLabel=doc.creditNote?then(labels["totals.creditDue"], labels["totals.amountDue"])/>

<#if deductions?has_content>
<div class="section">
  <h2 class="section-title">${labels["deductions.title"]}</h2>
  <table class="vat">
    <tr><th class="vat-h-l">${labels["deductions.invoice"]}</th><th class="vat-h">${labels["deductions.net"]}</th><th class="vat-h">${labels["deductions.vat"]}</th><th class="vat-h">${labels["deductions.gross"]}</th></tr>
    <#list deductions as d>
    <tr><td class="vat-c-l">${d.number} ${labels["deductions.date"]} ${d.date}</td><td class="vat-c">${d.net}</td><td class="vat-c">${d.vat}</td><td class="vat-c">${d.gross}</td></tr>
    </#list>
  </table>
</div>
</#if>

<#if !doc.creditNote && (payment.transfer?has_content || payment.card || payment.directDebit?has_content)>
<div class="section">
  <h2 class="section-title">${labels["payment.title"]}</h2>
  <table class="pay"><tr>
    <td>
      <#if payment.installments?has_content>
      <div><b>${labels["payment.schedule"]}</b></div>
      <#list payment.installments as i><div>${i.date}${labels.colon} <b>${i.amount}</b><#if i.label?has_content> – ${i.label}</#if></div></#list>
      <#elseif doc.dueDate?has_content><div>${labels["terms.dueOn"]} <b>${doc.dueDate}</b>${labels.colon} <b>${totals.amountDue}</b></div></#if>
      <#if payment.transfer?has_content>
      <div><b>${labels["payment.transfer"]}</b></div>
      <div>${labels["payment.iban"]}${labels.colon} ${payment.transfer.iban}<#if payment.transfer.bic?has_content> – ${labels["payment.bic"]}${labels.colon} ${payment.transfer.bic}</#if></div>
      <#if payment.transfer.accountName?has_content><div>${labels["payment.holder"]}${labels.colon} ${payment.transfer.accountName}</div></#if>
      </#if>
      <#if payment.reference?has_content><div>${labels["payment.reference"]}${labels.colon} <b>${payment.reference}</b></div></#if>
      <#if payment.card>
      <div><b>${labels["payment.card"]}</b></div>
      <#if payment.link?has_content>
      <div>${labels["payment.link"]}${labels.colon} <#if payment.linkIsWeb><a class="link" href="${payment.link}">${payment.link}</a><#else><span class="link">${payment.link}</span></#if></div>
      </#if>
      </#if>
      <#if payment.directDebit?has_content>
      <div><b>${labels["payment.debit"]}</b> – ${labels["payment.mandate"]} ${payment.directDebit.mandate} – ${labels["payment.creditorId"]} ${payment.directDebit.creditorId} – ${labels["payment.debtorIban"]} ${payment.directDebit.debtorIban}</div>
      </#if>
    </td>
    <#if payment.qr?has_content>
    <td class="qr-cell"><object class="qr" type="application/x-qrcode" data-content="<@ui.attributeText payment.qr/>"></object><div class="small muted">${labels["payment.qr"]}</div></td>
    </#if>
  </tr></table>
</div>
</#if>

<@ui.textSection title=labels["terms.title"] paragraphs=terms.lines/>
<@ui.textSection title=labels.mentions paragraphs=legalMentions/>
<@ui.textSection title=labels.notes paragraphs=notes/>
</@ui.page>
