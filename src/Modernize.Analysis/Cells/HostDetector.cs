using System.Text.RegularExpressions;
using Modernize.Model.Graph;

namespace Modernize.Analysis.Cells;

/// <summary>
/// Composition roots: Program, Startup, module registration and bootstrapping classes, hosts. They reach into every cell
/// to wire it up, so left in the graph they glue cells together; they are neither a cell nor tissue but a third kind, host.
/// A type is host when it is named like a composition root, or when it configures a DI container or host builder
/// (uses IServiceCollection, ContainerBuilder, an Autofac Module, a host or web application builder...), and in both cases
/// few domain types depend on it (at most <see cref="MaxDependents"/>): a composition root is used by the runtime, not by code.
/// Every type of an Aspire AppHost project is host too.
/// A registration class inside a module that wires only that module (<c>AddOffers(this IServiceCollection)</c> in
/// <c>Fitnet/Offers/</c>, an Autofac module in <c>Modules/Meetings/</c>) belongs to its module: the solution's composition
/// roots are those outside any module or wiring several.
/// </summary>
public static partial class HostDetector
{
    public const int MaxDependents = 2;

    private static readonly string[] ContainerApis =
    [
        "Microsoft.Extensions.DependencyInjection.IServiceCollection", "Autofac.ContainerBuilder", "Autofac.Module",
        "Microsoft.Extensions.Hosting.IHostBuilder", "Microsoft.Extensions.Hosting.IHostApplicationBuilder",
        "Microsoft.AspNetCore.Builder.WebApplicationBuilder", "Microsoft.AspNetCore.Builder.WebApplication",
        "Microsoft.AspNetCore.Builder.IApplicationBuilder", "Microsoft.AspNetCore.Hosting.IWebHostBuilder",
        "Castle.Windsor.IWindsorContainer", "Unity.IUnityContainer", "Microsoft.Practices.Unity.IUnityContainer",
        "Ninject.IKernel", "Ninject.Modules.NinjectModule", "SimpleInjector.Container", "Aspire.Hosting.IDistributedApplicationBuilder",
    ];

    /// <summary>The host types among the types in scope, each with the reason.</summary>
    /// <param name="moduleKey">Per type, its module key from the layout signal, if any: a candidate wiring only its own module is not a host.</param>
    public static IReadOnlyDictionary<string, string> Detect(CellContext context, IReadOnlyDictionary<string, string>? moduleKey = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var inbound = context.Dependencies.ToLookup(d => d.To, StringComparer.Ordinal);
        var outbound = context.Dependencies.Concat(context.Wiring).ToLookup(d => d.From, StringComparer.Ordinal);
        var containerUse = context.Graph.ExternalUses
            .Where(u => context.TypeById.ContainsKey(u.From) && ContainerApis.Any(api => u.Api.StartsWith(api, StringComparison.Ordinal)))
            .GroupBy(u => u.From, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(u => u.Count).ThenBy(u => u.Api, StringComparer.Ordinal).First().Api, StringComparer.Ordinal);
        var modules = context.Config.Proposal.Modules;
        var kernels = moduleKey is null ? [] : KernelKeys(context, moduleKey, modules.KernelUserShare);
        var hosts = new Dictionary<string, string>(StringComparer.Ordinal);
        var orchestrators = context.Graph.Projects.Where(IsOrchestrator).GroupBy(p => p.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        foreach (var type in context.Types)
        {
            if (orchestrators.TryGetValue(type.Project, out var orchestrator))
            {
                hosts[type.Id] = $"sits in {orchestrator}, an Aspire AppHost (its project file names the Aspire AppHost SDK or Aspire.Hosting packages): the orchestrator that starts every service";
                continue;
            }

            var named = CompositionRootName().IsMatch(type.Name.Split('`')[0]);
            var configures = containerUse.TryGetValue(type.Id, out var api);
            if (!named && !configures)
            {
                continue;
            }

            var dependents = inbound[type.Id].Select(d => d.From).Distinct(StringComparer.Ordinal).Count();
            if (dependents > MaxDependents || (moduleKey is not null && WiresOnlyItsModule(type.Id, moduleKey, kernels, outbound, modules.RegistrationOwnShare)))
            {
                continue;
            }

            hosts[type.Id] = configures
                ? $"configures the application through {api}"
                : $"named like a composition root ({type.Name})";
        }

        return hosts;
    }

    /// <summary>
    /// An Aspire AppHost: the project that starts every service is a composition root as a whole. Its SDK and packages are
    /// often missing on the scanning machine, so its types cannot be seen configuring a builder; its project file (the
    /// Aspire.AppHost.Sdk, or Aspire.Hosting.* packages in older ones) still says what it is. Aspire.Hosting.Testing is a test's.
    /// </summary>
    private static bool IsOrchestrator(ProjectInfo project) =>
        project.Sdks.Contains("Aspire.AppHost.Sdk", StringComparer.OrdinalIgnoreCase)
        || project.Packages.Any(p => p.Id.StartsWith("Aspire.Hosting", StringComparison.OrdinalIgnoreCase) && !p.Id.Equals("Aspire.Hosting.Testing", StringComparison.OrdinalIgnoreCase));

    /// <summary>True when the type sits in a module and sends at least <paramref name="ownShare"/> of its weight to keyed types into it (kernels aside), or reaches none.</summary>
    private static bool WiresOnlyItsModule(string id, IReadOnlyDictionary<string, string> moduleKey, HashSet<string> kernels, ILookup<string, Dependency> outbound, double ownShare)
    {
        if (!moduleKey.TryGetValue(id, out var own) || kernels.Contains(own))
        {
            return false;
        }

        var keyed = outbound[id].Where(d => moduleKey.TryGetValue(d.To, out var key) && !kernels.Contains(key)).ToList();
        var total = keyed.Sum(d => d.Strength);
        return total <= 0 || keyed.Where(d => moduleKey[d.To] == own).Sum(d => d.Strength) >= ownShare * total;
    }

    /// <summary>
    /// Keys that at least <paramref name="userShare"/> of the other keys depend on (a BuildingBlocks or Common kernel):
    /// registering a module's types against its kernel's abstractions is still wiring one module.
    /// </summary>
    private static HashSet<string> KernelKeys(CellContext context, IReadOnlyDictionary<string, string> moduleKey, double userShare)
    {
        var keys = moduleKey.Values.Distinct(StringComparer.Ordinal).ToList();
        var users = context.Dependencies
            .Where(d => moduleKey.ContainsKey(d.From) && moduleKey.ContainsKey(d.To) && moduleKey[d.From] != moduleKey[d.To])
            .GroupBy(d => moduleKey[d.To], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(d => moduleKey[d.From]).Distinct(StringComparer.Ordinal).Count(), StringComparer.Ordinal);
        return keys.Where(k => keys.Count > 2 && users.GetValueOrDefault(k) >= userShare * (keys.Count - 1)).ToHashSet(StringComparer.Ordinal);
    }

    [GeneratedRegex("^(Program|Startup|AppHost|Global|.*(Startup|Bootstrapper|Bootstrap|Installer|CompositionRoot|ServiceCollectionExtensions|DependencyInjection|ServiceRegistration|ServicesRegistration|ContainerConfig|ContainerConfiguration|HostingExtensions|ModuleInitializer|ModuleStartup))$", RegexOptions.CultureInvariant)]
    private static partial Regex CompositionRootName();
}
