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
  <span class="pages">${labels.page} <span class="current"></span> ${labels.pageOf} <span class="total"></span></span>
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
  <td style="width: 55%">
    <#if seller.logo?has_content><img class="logo" src="${seller.logo}" alt=""/><br/></#if>
    <div class="seller-name">${seller.name}</div>
    <#if seller.tradingName?has_content><div>${seller.tradingName}</div></#if>
    <div><@address seller.addressLines/></div>
    <#if seller.email?has_content || seller.phone?has_content><div class="muted small">${seller.email}<#if seller.email?has_content && seller.phone?has_content> – </#if>${seller.phone}</div></#if>
    <#if seller.vatId?has_content><div class="muted small">${labels.vatId} ${seller.vatId}</div></#if>
  </td>
  <td style="width: 45%">
    <div class="title">${doc.title}</div>
    <#if (doc.draft!false)><div class="draft">${labels.draft}</div></#if>
    <table class="facts">
      <#list facts as f><tr><td class="k">${f.label}</td><td class="v">${f.value}</td></tr></#list>
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
    <table class="refs"><#list references as r><tr><td class="k">${r.label}</td><td>${r.value}</td></tr></#list></table>
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
  <thead><tr>
    <th style="width: 44%">${labels["col.designation"]}</th>
    <th class="num" style="width: 8%">${labels["col.quantity"]}</th>
    <th style="width: 8%">${labels["col.unit"]}</th>
    <th class="num" style="width: 12%">${labels["col.unitPrice"]}</th>
    <#if hasDiscounts><th class="num" style="width: 8%">${labels["col.discount"]}</th></#if>
    <th class="num" style="width: 7%">${labels["col.vat"]}</th>
    <th class="num" style="width: 13%">${labels["col.net"]}</th>
  </tr></thead>
  <tbody>
  <#list lines as l>
  <tr>
    <td>
      <div class="des">${l.designation}</div>
      <#if l.description?has_content><div class="desc">${l.description}</div></#if>
      <#if l.progress?has_content><div class="detail">${labels["progress.contract"]} ${l.progress.contractAmount} – ${labels["progress.cumulative"]} ${l.progress.cumulativePercent} (${l.progress.cumulativeAmount}) – ${labels["progress.previous"]} ${l.progress.previousPercent} (${l.progress.previouslyBilled}) – ${labels["progress.instalment"]} ${l.progress.instalment}</div></#if>
      <#if l.indexation?has_content><div class="detail">${labels.indexation}${labels.colon} ${l.indexation}</div></#if>
      <#if l.note?has_content><div class="detail">${l.note}</div></#if>
    </td>
    <td class="num">${l.quantity}</td>
    <td>${l.unit}</td>
    <td class="num">${l.unitPrice}</td>
    <#if hasDiscounts><td class="num">${l.discount}</td></#if>
    <td class="num">${l.vatRate}</td>
    <td class="num">${l.net}</td>
  </tr>
  </#list>
  <#list allowancesCharges as ac>
  <tr>
    <td><div class="des">${ac.kindLabel}${labels.colon} ${ac.reason}</div></td>
    <td class="num"></td><td></td><td class="num"></td>
    <#if hasDiscounts><td class="num"></td></#if>
    <td class="num">${ac.vatRate}</td>
    <td class="num">${ac.amount}</td>
  </tr>
  </#list>
  </tbody>
</table>
</#macro>

<#macro vatTable>
<div class="label">${labels["vat.title"]}</div>
<table class="vat">
  <tr><th class="l">${labels["vat.rate"]}</th><th>${labels["vat.base"]}</th><th>${labels["vat.amount"]}</th></tr>
  <#list vat as v>
  <tr><td class="l">${v.rate}<#if v.exemption?has_content> <span class="small">(${v.category}) ${v.exemption}</span></#if></td><td>${v.base}</td><td>${v.amount}</td></tr>
  </#list>
</table>
</#macro>

<#-- Totals; the amount due comes last and stands out. -->
<#macro totalsTable dueLabel showGross=true>
<table class="totals">
  <#if (totals.deductedNet!"")?has_content><tr><td class="k">${labels["totals.lineTotal"]}</td><td>${totals.operationNet}</td></tr>
  <tr><td class="k">${labels["deductions.title"]}</td><td>-${totals.deductedNet}</td></tr>
  <#elseif totals.hasAllowances || totals.hasCharges><tr><td class="k">${labels["totals.lineTotal"]}</td><td>${totals.lineTotal}</td></tr></#if>
  <#if totals.hasAllowances || totals.hasCharges>
  <#if totals.hasAllowances><tr><td class="k">${labels["totals.allowances"]}</td><td>-${totals.allowanceTotal}</td></tr></#if>
  <#if totals.hasCharges><tr><td class="k">${labels["totals.charges"]}</td><td>${totals.chargeTotal}</td></tr></#if>
  </#if>
  <tr class="strong"><td class="k">${labels["totals.taxExclusive"]}</td><td>${totals.taxExclusive}</td></tr>
  <tr><td class="k">${labels["totals.vat"]}</td><td>${totals.vatTotal}</td></tr>
  <#if (totals.accountingCurrency!"")?has_content><tr><td class="k">${labels["totals.vatAccounting"]} ${totals.accountingCurrency}</td><td>${totals.vatInAccountingCurrency}</td></tr>
  <#if totals.accountingRate?has_content><tr><td class="k">${labels["totals.rate"]}</td><td>${totals.accountingRate}</td></tr></#if></#if>
  <#if showGross><tr class="strong"><td class="k">${labels["totals.taxInclusive"]}</td><td>${totals.taxInclusive}</td></tr></#if>
  <#if totals.hasPrepaid><tr><td class="k">${labels["totals.prepaid"]}</td><td>-${totals.prepaid}</td></tr></#if>
  <#nested>
  <tr class="due"><td class="k">${dueLabel}</td><td>${totals.amountDue}</td></tr>
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
<div class="section mentions">
  <h2>${title}</h2>
  <#list paragraphs as p><p>${p}</p></#list>
</div>
</#if>
</#macro>
