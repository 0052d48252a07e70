<#-- Building blocks of the default invoice and quote templates. Override this file to restyle both,
     or call these macros from your own templates. Data model: docs/pdf.md. -->

<#macro page title>
<html xmlns="http://www.w3.org/1999/xhtml" lang="${lang}">
<head>
<title>${title}</title>
<style><#include "style.css" parse=false></style>
</head>
<body>
<div class="footer">
  <span class="pages">${labels.page} <span class="page-number"></span> ${labels.pageOf} <span class="page-count"></span></span>
  <@identity seller/>
</div>
<#nested>
</body>
</html>
</#macro>

<#-- The seller's legal identity, one line: name, legal form, capital, register, SIREN/SIRET, VAT id. -->
<#macro identity p>
${p.name}<#if p.legalForm?has_content> – ${p.legalForm}</#if><#if p.shareCapital?has_content> ${labels.shareCapital} ${p.shareCapital}</#if><#if p.registration?has_content> – ${p.registration}</#if><#if p.siren?has_content> – ${labels.siren} ${p.siren}</#if><#if p.siret?has_content> – ${labels.siret} ${p.siret}</#if><#if p.vatId?has_content> – ${labels.vatId} ${p.vatId}</#if>
</#macro>

<#-- Text for an attribute, line feeds kept: XML turns a raw line feed in an attribute into a space. -->
<#macro attributeText text><#list text?split("\n") as part>${part}<#sep>&#10;</#sep></#list></#macro>

<#macro address lines><#list lines as line>${line}<#sep><br/></#sep></#list></#macro>

<#-- Seller block (left) and the document's title and key facts (right). -->
<#macro header facts>
<table class="head"><tr>
  <td class="head-seller">
    <#if seller.logo?has_content><img class="logo" src="${seller.logo}" alt=""/><br/></#if>
    <div class="seller-name">${seller.name}</div>
    <#if seller.tradingName?has_content><div>${seller.tradingName}</div></#if>
    <div><@address seller.addressLines/></div>
    <#if seller.email?has_content || seller.phone?has_content><div class="muted small">${seller.email}<#if seller.email?has_content && seller.phone?has_content> – </#if>${seller.phone}</div></#if>
    <#if seller.vatId?has_content><div class="muted small">${labels.vatId} ${seller.vatId}</div></#if>
  </td>
  <td class="head-doc">
    <div class="title">${doc.title}</div>
    <#if (doc.draft!false)><div class="draft">${labels.draft}</div></#if>
    <table class="facts">
      <#list facts as f><tr><td class="fact-k">${f.label}</td><td class="fact-v">${f.value}</td></tr></#list>
    </table>
  </td>
</tr></table>
</#macro>

<#-- Buyer (boxed, right) and delivery address / references (left). -->
<#macro parties>
<table class="parties"><tr>
  <td class="box">
    <#if references?has_content>
    <div class="label">${labels.references}</div>
    <table class="refs"><#list references as r><tr><td class="ref-k">${r.label}</td><td class="ref-v">${r.value}</td></tr></#list></table>
    </#if>
    <#if deliveryAddress?has_content>
    <div class="label">${labels.deliveryAddress}</div>
    <div><@address deliveryAddress/></div>
    </#if>
  </td>
  <td class="box">
    <div class="buyer">
      <div class="label">${labels.buyer}</div>
      <div class="party-name">${buyer.name}</div>
      <div><@address buyer.addressLines/></div>
      <#if buyer.vatId?has_content><div class="small">${labels.vatId} ${buyer.vatId}</div></#if>
      <#if buyer.siren?has_content><div class="small">${labels.siren} ${buyer.siren}</div></#if>
    </div>
  </td>
</tr></table>
</#macro>

<#-- The line table: breaks across pages, header repeated on each page, rows never split. -->
<#macro lineTable>
<table class="lines">
<thead><tr><th class="col w-des">${labels["col.designation"]}</th><th class="col-num w-qty">${labels["col.quantity"]}</th><th class="col w-unit">${labels["col.unit"]}</th><th class="col-num w-price">${labels["col.unitPrice"]}</th><#if hasDiscounts><th class="col-num w-disc">${labels["col.discount"]}</th></#if><th class="col-num w-vat">${labels["col.vat"]}</th><th class="col-num w-net">${labels["col.net"]}</th></tr></thead>
<tbody>
<#list lines as l>
<tr class="line"><td class="cell-des">${l.designation}<#if l.description?has_content><div class="desc">${l.description}</div></#if><#if l.progress?has_content><div class="detail">${labels["progress.contract"]} ${l.progress.contractAmount} – ${labels["progress.cumulative"]} ${l.progress.cumulativePercent} (${l.progress.cumulativeAmount}) – ${labels["progress.previous"]} ${l.progress.previousPercent} (${l.progress.previouslyBilled}) – ${labels["progress.instalment"]} ${l.progress.instalment}</div></#if><#if l.indexation?has_content><div class="detail">${labels.indexation}${labels.colon} ${l.indexation}</div></#if><#if l.note?has_content><div class="detail">${l.note}</div></#if></td><td class="cell-num">${l.quantity}</td><td class="cell">${l.unit}</td><td class="cell-num">${l.unitPrice}</td><#if hasDiscounts><td class="cell-num">${l.discount}</td></#if><td class="cell-num">${l.vatRate}</td><td class="cell-num">${l.net}</td></tr>
</#list>
<#list allowancesCharges as ac>
<tr class="line"><td class="cell-des">${ac.kindLabel}${labels.colon} ${ac.reason}</td><td class="cell-num"></td><td class="cell"></td><td class="cell-num"></td><#if hasDiscounts><td class="cell-num"></td></#if><td class="cell-num">${ac.vatRate}</td><td class="cell-num">${ac.amount}</td></tr>
</#list>
</tbody>
</table>
</#macro>

<#macro vatTable>
<div class="label">${labels["vat.title"]}</div>
<table class="vat">
  <tr><th class="vat-h-l">${labels["vat.rate"]}</th><th class="vat-h">${labels["vat.base"]}</th><th class="vat-h">${labels["vat.amount"]}</th></tr>
  <#list vat as v>
  <tr><td class="vat-c-l">${v.rate}<#if v.exemption?has_content> <span class="small">(${v.category}) ${v.exemption}</span></#if></td><td class="vat-c">${v.base}</td><td class="vat-c">${v.amount}</td></tr>
  </#list>
</table>
</#macro>

<#-- Totals; the amount due comes last and stands out. -->
<#macro totalsTable dueLabel showGross=true>
<table class="totals">
  <#if (totals.deductedNet!"")?has_content><tr><td class="tot-k">${labels["totals.lineTotal"]}</td><td class="tot-v">${totals.operationNet}</td></tr>
  <tr><td class="tot-k">${labels["deductions.title"]}</td><td class="tot-v">-${totals.deductedNet}</td></tr>
  <#elseif totals.hasAllowances || totals.hasCharges><tr><td class="tot-k">${labels["totals.lineTotal"]}</td><td class="tot-v">${totals.lineTotal}</td></tr></#if>
  <#if totals.hasAllowances || totals.hasCharges>
  <#if totals.hasAllowances><tr><td class="tot-k">${labels["totals.allowances"]}</td><td class="tot-v">-${totals.allowanceTotal}</td></tr></#if>
  <#if totals.hasCharges><tr><td class="tot-k">${labels["totals.charges"]}</td><td class="tot-v">${totals.chargeTotal}</td></tr></#if>
  </#if>
  <tr><td class="tot-k strong">${labels["totals.taxExclusive"]}</td><td class="tot-v strong">${totals.taxExclusive}</td></tr>
  <tr><td class="tot-k">${labels["totals.vat"]}</td><td class="tot-v">${totals.vatTotal}</td></tr>
  <#if (totals.accountingCurrency!"")?has_content><tr><td class="tot-k">${labels["totals.vatAccounting"]} ${totals.accountingCurrency}</td><td class="tot-v">${totals.vatInAccountingCurrency}</td></tr>
  <#if totals.accountingRate?has_content><tr><td class="tot-k">${labels["totals.rate"]}</td><td class="tot-v">${totals.accountingRate}</td></tr></#if></#if>
  <#if showGross><tr><td class="tot-k strong">${labels["totals.taxInclusive"]}</td><td class="tot-v strong">${totals.taxInclusive}</td></tr></#if>
  <#if totals.hasPrepaid><tr><td class="tot-k">${labels["totals.prepaid"]}</td><td class="tot-v">-${totals.prepaid}</td></tr></#if>
  <#nested>
  <tr><td class="tot-k due">${dueLabel}</td><td class="tot-v due">${totals.amountDue}</td></tr>
</table>
</#macro>

<#macro summary dueLabel showGross=true>
<table class="summary"><tr>
  <td class="half"><@vatTable/></td>
  <td class="half"><@totalsTable dueLabel showGross/></td>
</tr></table>
</#macro>

<#macro textSection title paragraphs>
<#if paragraphs?has_content>
<div class="section">
  <h2 class="section-title">${title}</h2>
  <#list paragraphs as p><p class="mention">${p}</p></#list>
</div>
</#if>
</#macro>
