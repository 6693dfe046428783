package nl.overstap.demo;

/**
 * Which data set the demo generator makes into an empty database ({@code overstap.demo.dataset}):
 * only the demo region, or the demo region plus a regional (2 regions, about 6% of national) or
 * national (35 regions) bulk set for benchmarks. ADR 0018.
 */
enum DemoDataset {
    DEMO(null),
    REGIONAL(NationalDataSet.Shape.REGIONAL),
    NATIONAL(NationalDataSet.Shape.NATIONAL);

    private final NationalDataSet.@org.jspecify.annotations.Nullable Shape shape;

    DemoDataset(NationalDataSet.@org.jspecify.annotations.Nullable Shape shape) {
        this.shape = shape;
    }

    /** The bulk shape on top of the demo region, or null for the demo region only. */
    NationalDataSet.@org.jspecify.annotations.Nullable Shape shape() {
        return shape;
    }
}
