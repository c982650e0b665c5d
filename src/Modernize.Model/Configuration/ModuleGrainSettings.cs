namespace Modernize.Model.Configuration;

/// <summary>
/// How the proposal reads modules and kernels from the code's own organisation (section <c>proposal.modules</c>;
/// docs/cells.md, decisions 56-58 and 68).
/// </summary>
/// <param name="RegistrationOwnShare">A registration class sending at least this share of its outbound weight to keyed types into its own module key belongs to that module, not to the hosts.</param>
/// <param name="KernelUserShare">A module key used by at least this share of the other keys is a kernel: registering against its abstractions is still wiring one module.</param>
/// <param name="KernelWords">A namespace unit whose last segment is one of these is a shared kernel by its name (the clustering test is waived, never the use and fan-out tests); null: <see cref="DefaultKernelWords"/>.</param>
/// <param name="SliceMinDomainWords">Domain words needed among a technical segment's siblings, and among its own sub-segments, before that segment can name a module (fitnet's <c>Contracts</c>).</param>
/// <param name="SliceDomainShare">The share of those siblings and sub-segments that must be domain words.</param>
/// <param name="SameDomainNounShare">Cells that depend on each other, share a project and are each about one noun (carried by at least this share of their distinct type names) are one domain cut apart by use case or layer, and join.</param>
public sealed record ModuleGrainSettings(
    double RegistrationOwnShare = 0.75,
    double KernelUserShare = 0.75,
    IReadOnlyList<string>? KernelWords = null,
    int SliceMinDomainWords = 2,
    double SliceDomainShare = 0.5,
    double SameDomainNounShare = 0.5)
{
    public static IReadOnlyList<string> DefaultKernelWords { get; } = ["Common", "Shared", "SharedKernel", "Kernel", "BuildingBlocks", "SeedWork", "CrossCutting"];

    /// <summary>The kernel words in force, compared without case (made on each call: a cached set would survive <c>with</c>).</summary>
    public IReadOnlySet<string> KernelWordSet() => new HashSet<string>(KernelWords ?? DefaultKernelWords, StringComparer.OrdinalIgnoreCase);
}
