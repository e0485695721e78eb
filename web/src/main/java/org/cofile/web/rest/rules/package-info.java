/**
 * The public filing-rules API under /api/rules: request and answer DTOs around the domain's
 * {@link org.cofile.domain.rules.FilingRules}, with every bad input answered as a 400 naming its field. Answers write
 * their nulls out ({@code "submissionDeadline": null}) so that "no date" reads differently from "no such field".
 */
package org.cofile.web.rest.rules;
