/** EU member states' thresholds for shareholder agenda items under Directive 2007/36/EC Art. 6, held as data. */
package org.cofile.domain.rules.eu;
