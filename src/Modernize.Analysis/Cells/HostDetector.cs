using System.Text.RegularExpressions;
using Modernize.Model.Graph;

namespace Modernize.Analysis.Cells;

/// <summary>
/// Composition roots: Program, Startup, module registration and bootstrapping classes, hosts. They reach into every cell
/// to wire it up, so left in the graph they glue cells together; they are neither a cell nor tissue but a third kind, host.
/// A type is host when it is named like a composition root, or when it configures a DI container or host builder
/// (uses IServiceCollection, ContainerBuilder, an Autofac Module, a host or web application builder...), and in both cases
/// few domain types depend on it (at most <see cref="MaxDependents"/>): a composition root is used by the runtime, not by code.
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
    public static IReadOnlyDictionary<string, string> Detect(CellContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var inbound = context.Dependencies.ToLookup(d => d.To, StringComparer.Ordinal);
        var containerUse = context.Graph.ExternalUses
            .Where(u => context.TypeById.ContainsKey(u.From) && ContainerApis.Any(api => u.Api.StartsWith(api, StringComparison.Ordinal)))
            .GroupBy(u => u.From, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(u => u.Count).ThenBy(u => u.Api, StringComparer.Ordinal).First().Api, StringComparer.Ordinal);
        var hosts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var type in context.Types)
        {
            var named = CompositionRootName().IsMatch(type.Name.Split('`')[0]);
            var configures = containerUse.TryGetValue(type.Id, out var api);
            if (!named && !configures)
            {
                continue;
            }

            var dependents = inbound[type.Id].Select(d => d.From).Distinct(StringComparer.Ordinal).Count();
            if (dependents > MaxDependents)
            {
                continue;
            }

            hosts[type.Id] = configures
                ? $"configures the application through {api}"
                : $"named like a composition root ({type.Name})";
        }

        return hosts;
    }

    [GeneratedRegex("^(Program|Startup|AppHost|Global|.*(Startup|Bootstrapper|Bootstrap|Installer|CompositionRoot|ServiceCollectionExtensions|DependencyInjection|ServiceRegistration|ServicesRegistration|ContainerConfig|ContainerConfiguration|HostingExtensions|ModuleInitializer|ModuleStartup))$", RegexOptions.CultureInvariant)]
    private static partial Regex CompositionRootName();
}
