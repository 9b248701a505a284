package io.github.docsdk.diff;

import static io.github.docsdk.diff.Fixtures.base;
import static io.github.docsdk.diff.Fixtures.editOperation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.docsdk.spec.Pagination;
import io.github.docsdk.spec.Service;
import org.junit.jupiter.api.Test;

/** The diff reads the model's traits: paginators that come and go, read-only flips. */
class TraitDiffTest {

  private static final Pagination PAGES = new Pagination("pageNum", "pageSize", "totalCount", "images");

  private static Service paging() {
    return editOperation(base(), "DescribeImages", op -> op.withTraits(true, PAGES));
  }

  @Test
  void aPaginatorThatDisappearsIsBreaking() {
    Service now = editOperation(paging(), "DescribeImages", op -> op.withTraits(true, null));
    assertThat(ModelDiff.compare(paging(), now, true).changes())
        .extracting(Change::kind, Change::target, Change::impact)
        .containsExactly(tuple(ChangeKind.PAGINATOR_REMOVED, "DescribeImages", Impact.BREAKING));
  }

  @Test
  void aNewPaginatorIsCompatibleAndOtherPageMembersAreRisky() {
    Service none = editOperation(paging(), "DescribeImages", op -> op.withTraits(true, null));
    assertThat(ModelDiff.compare(none, paging(), true).changes())
        .extracting(Change::kind, Change::impact)
        .containsExactly(tuple(ChangeKind.PAGINATOR_ADDED, Impact.COMPATIBLE));
    assertThat(ModelDiff.compare(none, paging()).bump()).as("new public paginator methods").isEqualTo(VersionBump.MINOR);
    Service other = editOperation(paging(), "DescribeImages",
        op -> op.withTraits(true, new Pagination("pageNum", "pageSize", "totalCount", "imageSet")));
    assertThat(ModelDiff.compare(paging(), other, true).changes())
        .extracting(Change::kind, Change::before, Change::after, Change::impact)
        .containsExactly(tuple(ChangeKind.PAGINATION_CHANGED, "images by pageNum/pageSize, total totalCount",
            "imageSet by pageNum/pageSize, total totalCount", Impact.RISKY));
  }

  @Test
  void readOnlyFlippingIsRisky() {
    Service now = editOperation(paging(), "DescribeImages", op -> op.withTraits(false, PAGES));
    assertThat(ModelDiff.compare(paging(), now, true).changes())
        .extracting(Change::kind, Change::before, Change::after, Change::impact)
        .containsExactly(tuple(ChangeKind.READ_ONLY_CHANGED, "read-only", "not read-only", Impact.RISKY));
  }
}
