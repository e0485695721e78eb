/**
 * The filing rules engine: rule sets per jurisdiction with effective dates, chosen by meeting date, behind the
 * {@link org.cofile.domain.rules.FilingRules} facade; every verdict carries its rule set, citation and explanation.
 */
package org.cofile.domain.rules;
