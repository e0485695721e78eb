/** JMH benchmarks of Cofile's domain code, run on demand rather than in the test suite. */
package org.cofile.benchmarks;
