/** SEC Rule 14a-8 (17 CFR 240.14a-8): the 1998 and 2020 rule sets, the 2025-26 staff posture and the vote arithmetic. */
package org.cofile.domain.rules.us;
