/**
 * JMH benchmarks of azsm. Build with {@code ./mvnw -B -pl azsm-bench -am package -DskipTests} and
 * run {@code java -jar azsm-bench/target/benchmarks.jar -prof gc}.
 */
package dev.azsm.bench;
