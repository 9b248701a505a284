package io.github.docsdk.spec;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The traits the Zenlayer docs imply by their conventions: read actions are named Describe* and
 * Inquiry*; listing actions take integer {@code pageNum}/{@code pageSize} and answer an integer
 * {@code totalCount} with one list; secrets are named like passwords, tokens and keys. The parser
 * applies these rules (the overrides file may then correct them); {@link ModelJson} applies them to
 * format-1 models, which carry no traits, because they are what the docsdk that wrote them used.
 */
public final class DefaultTraits {

  private static final Pattern READ_ONLY = Pattern.compile("(Describe|Inquiry)[A-Z0-9].*");

  private static final Pattern SECRET =
      Pattern.compile("(?i).*(password|passwd|secret|token|credential|privatekey|key)$|"
          + "(?i).*(password|passwd|secret|token|credential).*");

  private static final String PAGE_NUMBER = "pageNum";
  private static final String PAGE_SIZE = "pageSize";
  private static final String TOTAL = "totalCount";

  private DefaultTraits() {}

  /** Whether an action with this name (or wire name) only reads. */
  public static boolean readOnly(String name, String wireName) {
    return READ_ONLY.matcher(name).matches() || READ_ONLY.matcher(wireName).matches();
  }

  /** Whether a member's name says it holds a secret (a password, a token, a private key). */
  public static boolean sensitive(String memberName) {
    return SECRET.matcher(memberName).matches();
  }

  /** How an action with these members pages, when it does. */
  public static Optional<Pagination> pagination(List<Member> request, List<Member> response) {
    Set<String> seen = new HashSet<>();
    List<Member> lists = new ArrayList<>();
    for (Member m : response) {
      if (!m.name().isEmpty() && seen.add(m.name()) && m.type().kind() == TypeRef.Kind.LIST) {
        lists.add(m);
      }
    }
    if (!integer(request, PAGE_NUMBER) || !integer(request, PAGE_SIZE) || !integer(response, TOTAL)
        || lists.size() != 1) {
      return Optional.empty();
    }
    return Optional.of(new Pagination(PAGE_NUMBER, PAGE_SIZE, TOTAL, lists.get(0).name()));
  }

  /** Every trait of a service decided by these rules (members marked, operations given traits). */
  public static Service apply(Service service) {
    List<Operation> ops = new ArrayList<>();
    for (Operation op : service.operations()) {
      Operation marked = new Operation(op.name(), op.wireName(), op.description(), op.notes(),
          members(op.request()), members(op.response()), op.errors(), op.examples(), op.location());
      ops.add(marked.withTraits(readOnly(op.name(), op.wireName()),
          pagination(op.request(), op.response()).orElse(null)));
    }
    List<Shape> shapes = new ArrayList<>();
    for (Shape s : service.shapes()) {
      if (s instanceof StructureShape) {
        StructureShape st = (StructureShape) s;
        shapes.add(new StructureShape(st.name(), st.docName(), st.description(), members(st.members()),
            st.location()));
      } else {
        shapes.add(s);
      }
    }
    return service.with(ops, shapes, service.commonErrors());
  }

  private static boolean integer(List<Member> members, String name) {
    for (Member m : members) {
      if (m.name().equals(name)) {
        return m.type().kind() == TypeRef.Kind.INTEGER;
      }
    }
    return false;
  }

  private static List<Member> members(List<Member> members) {
    List<Member> out = new ArrayList<>(members.size());
    for (Member m : members) {
      out.add(m.withSensitive(sensitive(m.name())));
    }
    return out;
  }
}
