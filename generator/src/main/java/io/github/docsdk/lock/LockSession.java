package io.github.docsdk.lock;

import io.github.docsdk.spec.SourceLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One generator run's use of the lock: what the previous lock recorded, and every name this run
 * chose (each recorded once, with where in the docs its element is). {@link #result()} gives the
 * lock to write. Confined to one run.
 *
 * <p>Naming code calls {@link #choose}: it gives each element its recorded name while that name
 * is free, keeps every other recorded name of the scope out of reach of new elements, and lets
 * the caller's own rules name the rest; with an empty lock that is exactly the names chosen
 * without one.
 */
public final class LockSession {

  /** Scope of the model's inline enum names, keyed by member path ({@code ImageInfo.catalog}). */
  public static final String ENUMS = "enums";

  /** Scope of the model package's top-level classes, keyed {@code shape:X}, {@code request:A}, ... */
  public static final String CLASSES = "classes";

  /** Scope of the client's methods, keyed {@code method:A}, {@code paginator:A}, {@code waiter:W}. */
  public static final String CLIENT = "client";

  /** Scope of one model class's accessors, keyed by JSON name. */
  public static String members(String owner) {
    return "members:" + owner;
  }

  /** Scope of one enum's constants, keyed by wire value. */
  public static String constants(String enumName) {
    return "constants:" + enumName;
  }

  private final NameLock previous;
  private final SortedMap<String, SortedMap<String, String>> chosen = new TreeMap<>();
  private final Map<String, SourceLocation> where = new LinkedHashMap<>();

  private LockSession(NameLock previous) {
    this.previous = previous;
  }

  public static LockSession of(NameLock previous) {
    return new LockSession(previous);
  }

  /** A run without a lock file: names are chosen afresh (and recorded, to write a first lock). */
  public static LockSession fresh() {
    return new LockSession(NameLock.empty());
  }

  public NameLock previous() {
    return previous;
  }

  /** The name the previous lock gives an element, or null. */
  public String recorded(String scope, String key) {
    return previous.recorded(scope, key);
  }

  /** Every name the previous lock holds in a scope. */
  public Iterable<String> recordedNames(String scope) {
    return previous.names(scope);
  }

  /** Notes the name this run gives an element; {@code at} is where the docs define it (may be null). */
  public void record(String scope, String key, String name, SourceLocation at) {
    chosen.computeIfAbsent(scope, s -> new TreeMap<>()).put(key, name);
    if (at != null) {
      where.putIfAbsent(scope + "\u0000" + key, at);
    }
  }

  /**
   * Names the elements of one scope: recorded names first (when {@code isFree}), then every other
   * recorded name is reserved, then {@code fresh} names the rest in the order given. Records all.
   *
   * @param keys the scope's elements, in the order fresh names are to be allocated
   * @param isFree whether the caller's allocator can still give a name
   * @param reserve takes a name in the caller's allocator
   * @param fresh allocates a new name for an element
   * @param at where each element is in the docs (may give null)
   * @return element key -> name, in the order of {@code keys}
   */
  public Map<String, String> choose(String scope, List<String> keys, Predicate<String> isFree,
      Consumer<String> reserve, Function<String, String> fresh, Function<String, SourceLocation> at) {
    Map<String, String> out = plan(scope, keys, isFree, reserve, fresh);
    out.forEach((key, name) -> record(scope, key, name, at.apply(key)));
    return out;
  }

  /**
   * As {@link #choose} but records nothing: for names allocated up front of which only some end
   * up in the SDK (the caller {@link #record}s those).
   */
  public Map<String, String> plan(String scope, List<String> keys, Predicate<String> isFree,
      Consumer<String> reserve, Function<String, String> fresh) {
    return plan(scope, keys, isFree, reserve, (key, chosenSoFar) -> fresh.apply(key));
  }

  /**
   * As {@link #plan(String, List, Predicate, Consumer, Function)}; {@code fresh} also sees the
   * names chosen so far (recorded ones, and fresh ones of earlier keys), for names derived from
   * another element's ({@code describeImagesPaginator} from {@code describeImages}).
   */
  public Map<String, String> plan(String scope, List<String> keys, Predicate<String> isFree,
      Consumer<String> reserve, BiFunction<String, Map<String, String>, String> fresh) {
    Map<String, String> names = new LinkedHashMap<>();
    for (String key : keys) {
      String locked = previous.recorded(scope, key);
      if (locked != null && !names.containsValue(locked) && isFree.test(locked)) {
        reserve.accept(locked);
        names.put(key, locked);
      }
    }
    for (String name : previous.names(scope)) {
      if (isFree.test(name)) {
        reserve.accept(name); // another element's name, even a removed one: never handed out again
      }
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (String key : keys) {
      String name = names.containsKey(key) ? names.get(key) : fresh.apply(key, names);
      out.put(key, name);
      names.put(key, name);
    }
    return out;
  }

  /**
   * The lock after this run: every name chosen; entries of the previous lock no longer chosen are
   * kept under removed.
   */
  public NameLock result() {
    SortedMap<String, SortedMap<String, String>> removed = new TreeMap<>();
    previous.removed().forEach((scope, entries) -> entries.forEach((key, name) -> put(removed, scope, key, name)));
    previous.live().forEach((scope, entries) -> entries.forEach((key, name) -> put(removed, scope, key, name)));
    chosen.forEach((scope, entries) -> entries.keySet().forEach(key -> {
      SortedMap<String, String> r = removed.get(scope);
      if (r != null) {
        r.remove(key);
      }
    }));
    return new NameLock(chosen, removed);
  }

  private static void put(SortedMap<String, SortedMap<String, String>> map, String scope, String key, String name) {
    map.computeIfAbsent(scope, s -> new TreeMap<>()).put(key, name);
  }

  /** What a frozen lock would have to change, one line each, with where in the docs. */
  public List<LockChange> changes() {
    NameLock next = result();
    List<LockChange> out = new ArrayList<>();
    next.live().forEach((scope, entries) -> entries.forEach((key, name) -> {
      String before = previous.live().getOrDefault(scope, new TreeMap<>()).get(key);
      if (!name.equals(before)) {
        out.add(new LockChange(scope, key, before, name, where.get(scope + "\u0000" + key)));
      }
    }));
    next.removed().forEach((scope, entries) -> entries.forEach((key, name) -> {
      if (!previous.isRemoved(scope, key)) {
        out.add(new LockChange(scope, key, name, null, null));
      }
    }));
    return out;
  }
}
