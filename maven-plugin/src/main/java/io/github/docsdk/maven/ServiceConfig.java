package io.github.docsdk.maven;

import java.io.File;

/**
 * One service in a multi-service execution:
 *
 * <pre>{@code
 * <services>
 *   <service>
 *     <docs>src/main/docs/bmc</docs>
 *     <name>bmc</name>
 *     <apiVersion>2022-11-20</apiVersion>
 *     <package>com.example.zenlayer.bmc</package>
 *   </service>
 * </services>
 * }</pre>
 *
 * Maven fills it through its setters ({@code package} is a Java keyword, hence the setter).
 */
public class ServiceConfig {

  private File docs;
  private String name;
  private String apiVersion;
  private String packageName;
  private File overrides;

  public File getDocs() {
    return docs;
  }

  public void setDocs(File docs) {
    this.docs = docs;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getApiVersion() {
    return apiVersion;
  }

  public void setApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
  }

  public String getPackage() {
    return packageName;
  }

  /** Bound from {@code <package>}. */
  public void setPackage(String packageName) {
    this.packageName = packageName;
  }

  /** Bound from {@code <packageName>}, for those who avoid the keyword. */
  public void setPackageName(String packageName) {
    this.packageName = packageName;
  }

  public File getOverrides() {
    return overrides;
  }

  public void setOverrides(File overrides) {
    this.overrides = overrides;
  }
}
