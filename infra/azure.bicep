// Binôme in Azure: one Node service (tab, REST API, bot) on App Service for Linux, PostgreSQL
// flexible server, Key Vault for secrets (read by the app through a user-assigned identity),
// an Azure Bot with the Teams channel, Log Analytics and Application Insights.
// Deployed by `teamsapp provision` (arm/deploy in teamsapp.yml); outputs land in env/.env.<env>.

@description('Prefix of every resource name: 3–16 lowercase letters or digits.')
@minLength(3)
@maxLength(16)
param resourceBaseName string

param location string = resourceGroup().location

@description('App Service plan SKU. B1 or above: Always On and health checks need a paid tier.')
param webAppSku string = 'B1'

@description('App Service runtime stack (Node LTS).')
param linuxFxVersion string = 'NODE|22-lts'

@description('Instances of the web app (the service is stateless; jobs coordinate through PostgreSQL).')
@minValue(1)
param webAppInstances int = 1

param postgresSkuName string = 'Standard_B1ms'
@allowed(['Burstable', 'GeneralPurpose', 'MemoryOptimized'])
param postgresSkuTier string = 'Burstable'
param postgresStorageSizeGB int = 32
param postgresAdminLogin string = 'binomeadmin'
@secure()
@minLength(12)
param postgresAdminPassword string

@description('Client id of the Entra app the service runs as (SSO audience, Microsoft Graph).')
param aadAppClientId string
@description('Directory (tenant) id of that app: the Microsoft 365 tenant, not necessarily the Azure one.')
param aadAppTenantId string
@secure()
param aadAppClientSecret string

@description('Client id of the bot\'s single-tenant Entra app.')
param botAadAppClientId string
param botTenantId string
@secure()
param botAadAppClientSecret string

@allowed(['F0', 'S1'])
param botServiceSku string = 'F0'
@maxLength(42)
param botDisplayName string = 'Binôme'

@description('Microsoft Graph base URL including the version; empty means the global service (national clouds: see docs/deployment.md).')
param graphEndpoint string = ''
@description('Entra authority host; empty means the one of the cloud this template is deployed to.')
param authorityHost string = ''

@allowed(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
param logLevel string = 'info'

var unique = take(uniqueString(resourceGroup().id, resourceBaseName), 6)
var webAppName = '${resourceBaseName}-${unique}'
// Key Vault names: 3–24 characters.
var keyVaultName = 'kv${take(resourceBaseName, 13)}${unique}'
var postgresServerName = '${resourceBaseName}-pg-${unique}'
var databaseName = 'binome'
// App Service listens for the container on this port and passes it to the app as PORT.
var appPort = '8080'
// Built-in role "Key Vault Secrets User": read secret values.
var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'
var graphEndpointValue = empty(graphEndpoint) ? 'https://graph.microsoft.com/v1.0' : graphEndpoint
var authorityHostValue = empty(authorityHost) ? environment().authentication.loginEndpoint : authorityHost

resource logAnalytics 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${resourceBaseName}-logs-${unique}'
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 30
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${resourceBaseName}-ai-${unique}'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logAnalytics.id
  }
}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${resourceBaseName}-id-${unique}'
  location: location
}

resource keyVault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: keyVaultName
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 30
    publicNetworkAccess: 'Enabled'
  }
}

resource keyVaultSecretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(keyVault.id, identity.id, keyVaultSecretsUserRoleId)
  scope: keyVault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: postgresServerName
  location: location
  sku: {
    name: postgresSkuName
    tier: postgresSkuTier
  }
  properties: {
    version: '16'
    administratorLogin: postgresAdminLogin
    administratorLoginPassword: postgresAdminPassword
    storage: {
      storageSizeGB: postgresStorageSizeGB
      autoGrow: 'Enabled'
    }
    backup: {
      backupRetentionDays: 7
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: { mode: 'Disabled' }
    network: { publicNetworkAccess: 'Enabled' }
    authConfig: {
      passwordAuth: 'Enabled'
      activeDirectoryAuth: 'Disabled'
    }
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = {
  parent: postgres
  name: databaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
}

// 0.0.0.0–0.0.0.0 is Azure's convention for "allow connections from Azure services".
resource postgresAllowAzure 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2024-08-01' = {
  parent: postgres
  name: 'AllowAllAzureServicesAndResourcesWithinAzureIps'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

resource clientSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: keyVault
  name: 'client-secret'
  properties: { value: aadAppClientSecret }
}

resource botPassword 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: keyVault
  name: 'microsoft-app-password'
  properties: { value: botAadAppClientSecret }
}

resource databaseUrl 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: keyVault
  name: 'database-url'
  properties: {
    value: 'postgresql://${uriComponent(postgresAdminLogin)}:${uriComponent(postgresAdminPassword)}@${postgres.properties.fullyQualifiedDomainName}:5432/${database.name}?sslmode=verify-full'
  }
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${resourceBaseName}-plan-${unique}'
  location: location
  kind: 'linux'
  sku: {
    name: webAppSku
    capacity: webAppInstances
  }
  properties: {
    reserved: true
  }
}

resource webApp 'Microsoft.Web/sites@2024-04-01' = {
  name: webAppName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: linuxFxVersion
      alwaysOn: true
      healthCheckPath: '/healthz'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      // `npm start` would rebuild the tab on every start; the build already ran at deployment.
      appCommandLine: 'node --import tsx api/src/main.ts'
    }
  }
}

resource appSettings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: webApp
  name: 'appsettings'
  // Secrets are Key Vault references, resolved with the user-assigned identity (keyVaultReferenceIdentity).
  properties: {
    NODE_ENV: 'production'
    PORT: appPort
    WEBSITES_PORT: appPort
    HOST: '0.0.0.0'
    PUBLIC_URL: 'https://${webApp.properties.defaultHostName}'
    LOG_LEVEL: logLevel
    DATABASE_URL: '@Microsoft.KeyVault(SecretUri=${databaseUrl.properties.secretUri})'
    TENANT_ID: aadAppTenantId
    CLIENT_ID: aadAppClientId
    CLIENT_SECRET: '@Microsoft.KeyVault(SecretUri=${clientSecret.properties.secretUri})'
    API_AUDIENCE: 'api://${webApp.properties.defaultHostName}/${aadAppClientId}'
    GRAPH_ENDPOINT: graphEndpointValue
    AUTHORITY_HOST: authorityHostValue
    MICROSOFT_APP_ID: botAadAppClientId
    MICROSOFT_APP_PASSWORD: '@Microsoft.KeyVault(SecretUri=${botPassword.properties.secretUri})'
    MICROSOFT_APP_TYPE: 'SingleTenant'
    MICROSOFT_APP_TENANT_ID: botTenantId
    APPLICATIONINSIGHTS_CONNECTION_STRING: appInsights.properties.ConnectionString
    // Remote build on Linux (npm install + npm run build). Dev dependencies are needed to build
    // the tab (Vite) and by a postinstall script, although NODE_ENV is production.
    SCM_DO_BUILD_DURING_DEPLOYMENT: 'true'
    ENABLE_ORYX_BUILD: 'true'
    NPM_CONFIG_INCLUDE: 'dev'
  }
  dependsOn: [
    keyVaultSecretsUser
  ]
}

resource webAppDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: webApp
  properties: {
    workspaceId: logAnalytics.id
    logs: [
      { category: 'AppServiceHTTPLogs', enabled: true }
      { category: 'AppServiceConsoleLogs', enabled: true }
      { category: 'AppServiceAppLogs', enabled: true }
      { category: 'AppServicePlatformLogs', enabled: true }
    ]
    metrics: [{ category: 'AllMetrics', enabled: true }]
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${resourceBaseName}-bot-${unique}'
  location: 'global'
  kind: 'azurebot'
  sku: { name: botServiceSku }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppId: botAadAppClientId
    msaAppType: 'SingleTenant'
    msaAppTenantId: botTenantId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      acceptedTerms: true
    }
  }
}

output AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output TAB_ENDPOINT string = 'https://${webApp.properties.defaultHostName}'
output TAB_DOMAIN string = webApp.properties.defaultHostName
output BOT_DOMAIN string = webApp.properties.defaultHostName
output BOT_ENDPOINT string = 'https://${webApp.properties.defaultHostName}'
output KEY_VAULT_NAME string = keyVault.name
output POSTGRES_SERVER_FQDN string = postgres.properties.fullyQualifiedDomainName
