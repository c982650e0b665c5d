namespace Modernize.Analysis.Cells;

/// <summary>What a tissue unit passed beside the use and fan-out tests, so its explanation says what was tested.</summary>
public enum TissueUnitBasis
{
    /// <summary>Its types cluster among themselves in the preliminary run (the clustering test).</summary>
    Clusters,

    /// <summary>A folder of several projects named with a tissue word: the clustering test is waived (decision 58).</summary>
    KernelModule,

    /// <summary>A namespace whose last segment is a kernel word: the clustering test is waived (decision 58).</summary>
    KernelName,

    /// <summary>A project whose users are hardly ever named after its types: the clustering test is waived (decision 113).</summary>
    Anonymous,

    /// <summary>A platform namespace or a project's root namespace: judged by use and a fan-out fixpoint only (decision 64).</summary>
    Platform,

    /// <summary>A project used mostly by the composition roots of several other projects (Aspire's ServiceDefaults): judged by that use and fan-out.</summary>
    Hosting,

    /// <summary>A data context (EF DbContext) whose entity sets span several candidate cells: one database the domains share (decision 91).</summary>
    SharedData,
}
