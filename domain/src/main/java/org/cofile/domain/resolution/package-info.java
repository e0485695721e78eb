/** Resolutions a coalition drafts together: their text and its versions, review by the coalition, and who may do what. */
package org.cofile.domain.resolution;
