/** Exports of the resolutions list, with states and results, as CSV, XLSX and PDF. */
package org.cofile.workflow.export;
